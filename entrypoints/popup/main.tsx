import { mountExtensionPage } from '@/components/shared/mount';
import { App } from './App';
import './style.css';

mountExtensionPage(<App />, 'ext_name');
