/*
 * Resident Service Desk: the clerk reads the case number back to the caller at once (INT-02).
 *
 * Registering a request is Tasklist's "Start process" with the intake form; the engine answers the
 * form's submission with the new process instance, whose business key is the case number (written
 * by the registration step in the same transaction). Tasklist itself only says that a process was
 * started, so this script watches that answer and shows the number in a notice that stays until the
 * clerk closes it. It reads the answer Tasklist already receives: no second request, nothing stored.
 * Loaded through config.js "customScripts" and joined to the app with "requireJsConfig.ngDeps".
 */
import { english } from '../../common/desk-config.js';

const angular = window.angular;
const SUBMIT_START_FORM = /\/process-definition\/[^/?]+\/submit-form(\?|$)/;

/**
 * Start forms that act on a case already registered (a hold, a re-prioritisation): their instance
 * carries the case number too, but there is nothing new to read back. The key is the part of the
 * definition id before its first colon.
 */
const ON_EXISTING_CASE = ['deadline-pause', 'case-reprioritisation'];

const TEXT = english
  ? { title: 'Registered', message: (number) => 'Case number ' + number + ': read it back to the resident.' }
  : { title: '已登记', message: (number) => '案件编号 ' + number + '，请读给住户听。' };

/** Calls back with the business key of every process instance a start form started. */
function watchStarts(onStarted) {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (String(method).toUpperCase() === 'POST' && SUBMIT_START_FORM.test(String(url))) {
      this.addEventListener('load', function () {
        if (this.status >= 200 && this.status < 300) {
          try {
            const started = JSON.parse(this.responseText);
            const key = String((started && started.definitionId) || '').split(':')[0];
            if (started && started.businessKey && ON_EXISTING_CASE.indexOf(key) < 0) {
              onStarted(started.businessKey);
            }
          } catch (notJson) {
            // not an instance: nothing to show
          }
        }
      });
    }
    return open.apply(this, arguments);
  };
}

angular.module('desk.tasklist.case-number', []).run([
  'Notifications',
  '$rootScope',
  function (Notifications, $rootScope) {
    watchStarts(function (number) {
      // after Tasklist's own "process started" notice, which replaces the notices shown before it
      setTimeout(function () {
        $rootScope.$evalAsync(function () {
          Notifications.addMessage({
            status: TEXT.title,
            message: TEXT.message(number),
            type: 'success',
            exclusive: false
          });
          document.body.setAttribute('data-desk-case-number', number);
        });
      }, 600);
    });
  }
]);
