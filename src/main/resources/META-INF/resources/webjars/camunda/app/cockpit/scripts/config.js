/*
 * Resident Service Desk: Cockpit configuration (overrides the file of the Camunda webjar).
 * Chinese first: a browser asking for English gets English, any other browser language Chinese.
 * The webapp matches only the language part of the browser's first language (zh-CN -> zh).
 */
// The same rule the webapp applies to choose its language, for the texts config.js itself shows.
const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
const english = language.split('-')[0].toLowerCase() === 'en';

export default {
  // window title, login heading and header brand ("<vendor> <name>")
  app: english
    ? { name: 'Cockpit', vendor: 'Service Desk' }
    : { name: '流程监控', vendor: '服务台' },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // Chinese date order and 24-hour time ("LLL" in locales/zh.json: 2026年11月22日 16:25)
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // the "first time here?" box points at Camunda's product welcome page; staff are trained instead
  disableWelcomeMessage: true,
  // the header's app menu in the page's language (../common/desk-header.js)
  customScripts: ['../common/desk-header'],
  requireJsConfig: {
    ngDeps: ['desk.header']
  }
};
