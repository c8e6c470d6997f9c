/*
 * Resident Service Desk: Tasklist offers nobody what the engine would refuse them.
 *
 * Tasklist shows "Start process", "Claim", "Add comment", the date and group links and the form's
 * buttons to everyone who can see a task; an auditor (who may only read) or a guard (who starts no
 * process) would be refused by the engine after trying. This script asks the engine, through the
 * webapp's own REST API and session, what the signed-in user may do, and marks the page:
 *   - desk-no-start: no process definition the user may start (the engine's startable check);
 *   - desk-task-read-only: the selected task grants the user neither UPDATE nor TASK_WORK.
 * user-styles.css hides the offers accordingly. The engine still decides; this only stops offering.
 * Loaded through config.js "customScripts" and joined to the app with "requireJsConfig.ngDeps".
 * It uses fetch, not AngularJS $http, whose interceptors treat a refusal as the session ending.
 */
const angular = window.angular;
const ENGINE = document.querySelector('base').getAttribute('engine-api') + 'engine/default';

function getJson(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
    return response.ok ? response.json() : null;
  });
}

function mark(name, on) {
  document.body.classList.toggle(name, on);
}

/** Whether the user may start any process from Tasklist, as the start dialog would list them. */
function checkStart() {
  return getJson(
    ENGINE + '/process-definition/count?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true'
  ).then(function (result) {
    mark('desk-no-start', !result || result.count === 0);
  });
}

function granted(permission, taskId) {
  return getJson(
    ENGINE + '/authorization/check?permissionName=' + permission + '&resourceName=Task&resourceType=7&resourceId=' + encodeURIComponent(taskId)
  ).then(function (result) {
    return !!(result && result.authorized);
  });
}

/** Whether the user may work on the selected task (UPDATE, or TASK_WORK where that is the grant). */
function checkTask(taskId) {
  if (!taskId) {
    mark('desk-task-read-only', false);
    return Promise.resolve();
  }
  return Promise.all([granted('UPDATE', taskId), granted('TASK_WORK', taskId)]).then(function (grants) {
    mark('desk-task-read-only', !(grants[0] || grants[1]));
  });
}

angular.module('desk.tasklist.rights', []).run([
  '$rootScope',
  '$location',
  function ($rootScope, $location) {
    let lastTask = null;
    function onTask() {
      const taskId = $location.search().task || null;
      if (taskId !== lastTask) {
        lastTask = taskId;
        checkTask(taskId);
      }
    }
    $rootScope.$on('$locationChangeSuccess', onTask);
    $rootScope.$on('authentication.changed', function (event, authentication) {
      lastTask = null;
      if (authentication) {
        checkStart();
        onTask();
      }
    });
    if ($rootScope.authentication) {
      checkStart();
      onTask();
    }
  }
]);
