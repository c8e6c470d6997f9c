/* Resident Service Desk: Welcome configuration (overrides the webjar's), see common/desk-config.js. */
import { deskConfig } from '../../common/desk-config.js';

export default deskConfig(
  { zh: '欢迎', en: 'Welcome' },
  {
    // The desk's own pages. Labels are translation keys (locales/zh.json and locales/en.json);
    // "visibleIf" is ours (scripts/desk-links.js): the link is shown only when a GET of that URL
    // succeeds for the signed-in user, so nobody is offered a page their groups may not use.
    links: [
      {
        label: 'DESK_LINK_AUDIT',
        href: '/audit/',
        description: 'DESK_LINK_AUDIT_DESCRIPTION',
        visibleIf: '/api/audit/access'
      },
      {
        label: 'DESK_LINK_REPORTS',
        href: '/reports/',
        description: 'DESK_LINK_REPORTS_DESCRIPTION',
        visibleIf: '/api/reports/kpi/choices'
      },
      {
        label: 'DESK_LINK_SERVICES',
        href: '/services/',
        description: 'DESK_LINK_SERVICES_DESCRIPTION',
        visibleIf: '/api/special-services/board'
      }
    ],
    customScripts: ['scripts/desk-links'],
    ngDeps: ['desk.welcome.links']
  }
);
