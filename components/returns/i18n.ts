// The return-options section reads the project's i18n (public/_locales); these names remain for its tests.
export { t, getUiLanguage as getReturnsUiLanguage, setUiLanguage as setReturnsUiLanguage, type UiLanguage } from '../../utils/i18n';
