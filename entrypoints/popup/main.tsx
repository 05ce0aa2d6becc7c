import { mountExtensionPage } from '@/components/shared/mount';
import { App } from './App';
import '@/components/shared/palette.css';
import './style.css';

mountExtensionPage(<App />, 'ext_name');
