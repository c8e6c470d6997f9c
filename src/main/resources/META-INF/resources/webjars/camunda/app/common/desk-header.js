/*
 * Resident Service Desk: the header's app menu (the house icon) of every webapp names Welcome,
 * Tasklist, Cockpit and Admin with English labels that are constants, not translation keys. This
 * names them in the page's language, as config.js names the app itself: Chinese unless the
 * browser's first language is English (the webapps' own rule). It also tells the browser the page
 * is Chinese, for Chinese fonts and line breaking.
 * Loaded by each app's config.js ("customScripts", path ../common/desk-header) and joined to the
 * app as AngularJS module desk.header ("requireJsConfig.ngDeps"), both documented extension points.
 */
import { english } from './desk-config.js';

const angular = window.angular;
const NAMES = english
  ? { welcome: 'Welcome', tasklist: 'Tasklist', cockpit: 'Cockpit', admin: 'Admin' }
  : { welcome: '欢迎', tasklist: '任务列表', cockpit: '流程监控', admin: '系统管理' };

if (!english) {
  document.documentElement.lang = 'zh-CN';
}

angular.module('desk.header', []).config([
  '$provide',
  function ($provide) {
    $provide.decorator('camWidgetHeaderDirective', [
      '$delegate',
      function ($delegate) {
        const directive = $delegate[0];
        const compile = directive.compile;
        // the header's logic is in its controller, which runs before this post-link function
        directive.compile = function () {
          const linked = compile ? compile.apply(this, arguments) : null;
          return function (scope) {
            if (typeof linked === 'function') {
              linked.apply(this, arguments);
            } else if (linked && linked.post) {
              linked.post.apply(this, arguments);
            }
            scope.$watch('apps', function (apps) {
              Object.keys(apps || {}).forEach(function (app) {
                if (NAMES[app]) {
                  apps[app].label = NAMES[app];
                }
              });
            });
          };
        };
        return $delegate;
      }
    ]);
  }
]);
