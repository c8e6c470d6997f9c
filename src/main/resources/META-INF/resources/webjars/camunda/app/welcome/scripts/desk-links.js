/*
 * Resident Service Desk: the Welcome page's custom links (config.js) are shown to everybody by
 * Camunda. A link with "visibleIf" is shown only when a GET of that URL succeeds for the signed-in
 * user (/api/audit/access answers 403 to a clerk), so staff are not offered pages
 * their groups may not use. Loaded through config.js "customScripts"; the AngularJS module joins
 * the Welcome app through "requireJsConfig.ngDeps", both documented extension points.
 *
 * The check uses fetch, not AngularJS $http: Camunda's $http interceptors treat a 401 or 403 as
 * the webapp's own session ending and would sign the user out or show an error.
 */
const angular = window.angular;

function allowed(url) {
  return fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  }).then(
    function (response) {
      return response.ok;
    },
    function () {
      return false;
    }
  );
}

angular.module('desk.welcome.links', []).config([
  '$provide',
  function ($provide) {
    $provide.decorator('customLinksDirective', [
      '$delegate',
      function ($delegate) {
        const directive = $delegate[0];
        const link = directive.link;
        directive.compile = function () {
          return function (scope) {
            link.apply(this, arguments);
            const all = scope.links || [];
            scope.links = all.filter(function (candidate) {
              return !candidate.visibleIf;
            });
            Promise.all(
              all.map(function (candidate) {
                return candidate.visibleIf ? allowed(candidate.visibleIf) : true;
              })
            ).then(function (shown) {
              scope.$applyAsync(function () {
                scope.links = all.filter(function (candidate, index) {
                  return shown[index];
                });
              });
            });
          };
        };
        return $delegate;
      }
    ]);
  }
]);
