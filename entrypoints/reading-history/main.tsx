import { HistoryApp } from '@/components/history/HistoryApp';
import { mountExtensionPage } from '@/components/shared/mount';
import { readRetentionDays, writeRetentionDays } from '@/utils/extension/memory-settings';
import { MemoryStore } from '@/utils/memory/store';
import '@/components/shared/palette.css';
import './style.css';

// Extension pages share the extension's IndexedDB with the background: the page opens the memory itself.
const deps = { openStore: () => MemoryStore.open(), readRetention: readRetentionDays, writeRetention: writeRetentionDays };

mountExtensionPage(<HistoryApp deps={deps} />, 'history_title');
