/*
 * Resident Service Desk: Tasklist configuration (overrides the file of the Camunda webjar).
 * Chinese first: a browser asking for English gets English, any other browser language Chinese.
 * The webapp matches only the language part of the browser's first language (zh-CN -> zh).
 */
// The same rule the webapp applies to choose its language, for the texts config.js itself shows.
const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
const english = language.split('-')[0].toLowerCase() === 'en';

export default {
  // window title, login heading and header brand ("<vendor> <name>")
  app: english
    ? { name: 'Tasklist', vendor: 'Service Desk' }
    : { name: '任务列表', vendor: '服务台' },
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
  // offers only what the engine allows the signed-in user (scripts/desk-task-rights.js); the
  // header's app menu in the page's language (../common/desk-header.js)
  customScripts: ['scripts/desk-task-rights', '../common/desk-header'],
  requireJsConfig: {
    ngDeps: ['desk.tasklist.rights', 'desk.header']
  },
  // the descriptions are shown as they are (not translation keys)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: english ? 'claims the currently selected task' : '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: english ? 'sets the focus to the first filter in the list' : '跳到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: english ? 'sets the focus to the first task in the list' : '跳到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: english ? 'sets the focus to the first input field in a task form' : '跳到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: english ? 'opens the start process modal dialog' : '打开“发起流程”对话框'
    }
  }
};
