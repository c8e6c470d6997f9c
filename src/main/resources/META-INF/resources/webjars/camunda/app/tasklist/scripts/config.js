/* Resident Service Desk: Tasklist configuration (overrides the webjar's), see common/desk-config.js. */
import { deskConfig, english } from '../../common/desk-config.js';

export default deskConfig(
  { zh: '任务列表', en: 'Tasklist' },
  {
    // offers only what the engine allows the signed-in user (scripts/desk-task-rights.js); shows
    // the case number of a request just registered (scripts/desk-case-number.js); forms in the
    // page's language (scripts/desk-form-language.js); the start form's property chosen from the
    // user's properties (scripts/desk-property-choice.js); the people a dispatcher may pick read
    // when the form opens (scripts/desk-handler-choices.js)
    customScripts: [
      'scripts/desk-task-rights',
      'scripts/desk-case-number',
      'scripts/desk-form-language',
      'scripts/desk-property-choice',
      'scripts/desk-handler-choices'
    ],
    ngDeps: ['desk.tasklist.rights', 'desk.tasklist.case-number'],
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
        description: english
          ? 'sets the focus to the first input field in a task form'
          : '跳到任务表单的第一个输入框'
      },
      startProcess: {
        key: 'ctrl+alt+p',
        description: english ? 'opens the start process modal dialog' : '打开“发起流程”对话框'
      }
    }
  }
);
