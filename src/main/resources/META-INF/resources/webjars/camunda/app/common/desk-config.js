/*
 * Resident Service Desk: what the configurations (scripts/config.js) of Welcome, Tasklist, Cockpit
 * and Admin share. Chinese first: a browser whose first language is English gets English, any
 * other browser Chinese. The webapps match only the language part of the browser's first language
 * (zh-CN -> zh); config.js applies the same rule to the texts it shows itself.
 */
const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';

export const english = language.split('-')[0].toLowerCase() === 'en';

/**
 * One app's configuration: its name in the page's language (window title, login heading, header
 * brand "<vendor> <name>"), the desk's locales and date format, the shared header script, and the
 * app's own settings, custom scripts and AngularJS modules.
 */
export function deskConfig(names, own = {}) {
  const { customScripts = [], ngDeps = [], ...settings } = own;
  return {
    app: english ? { name: names.en, vendor: 'Service Desk' } : { name: names.zh, vendor: '服务台' },
    // the fallback is the page's language: the webapps load the fallback's file too, and loading
    // zh.json defines moment's zh locale, which makes it the one every date is written in - an
    // English page then showed "截止 1 天后" beside English words
    locales: {
      availableLocales: ['zh', 'en'],
      fallbackLocale: english ? 'en' : 'zh'
    },
    // Chinese date order and 24-hour time ("LLL" in locales/zh.json: 2026年11月22日 16:25)
    dateFormat: {
      normal: 'LLL',
      long: 'LLLL'
    },
    // the "first time here?" box points at Camunda's product welcome page; staff are trained instead
    disableWelcomeMessage: true,
    // the header's app menu in the page's language (desk-header.js)
    customScripts: [...customScripts, '../common/desk-header'],
    requireJsConfig: {
      ngDeps: [...ngDeps, 'desk.header']
    },
    ...settings
  };
}
