import { createRoot } from 'react-dom/client';
import { followUiLanguagePreference } from '../../utils/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

followUiLanguagePreference();
createRoot(document.getElementById('root')!).render(<OptionsApp />);
