/*
 * Resident Service Desk: Welcome page configuration (overrides the file of the Camunda webjar).
 * Chinese first: a browser asking for English gets English, any other browser language Chinese.
 * The webapp matches only the language part of the browser's first language (zh-CN -> zh).
 */
// The same rule the webapp applies to choose its language, for the texts config.js itself shows.
const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
const english = language.split('-')[0].toLowerCase() === 'en';

export default {
  // window title, login heading and header brand ("<vendor> <name>")
  app: english
    ? { name: 'Welcome', vendor: 'Service Desk' }
    : { name: '欢迎', vendor: '服务台' },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // the "first time here?" box points at Camunda's product welcome page; staff are trained instead
  disableWelcomeMessage: true,
  // The desk's own pages. Labels are translation keys (locales/zh.json and locales/en.json);
  // "visibleIf" is ours (scripts/desk-links.js): the link is shown only when a GET of that URL
  // succeeds for the signed-in user, so nobody is offered a page their groups may not use.
  links: [
    {
      label: 'DESK_LINK_AUDIT',
      href: '/audit/',
      description: 'DESK_LINK_AUDIT_DESCRIPTION',
      visibleIf: '/api/audit/access'
    }
  ],
  customScripts: ['scripts/desk-links', '../common/desk-header'],
  requireJsConfig: {
    ngDeps: ['desk.welcome.links', 'desk.header']
  }
};
