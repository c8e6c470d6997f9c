/* Resident Service Desk: Cockpit configuration (overrides the webjar's), see common/desk-config.js. */
import { deskConfig } from '../../common/desk-config.js';

export default deskConfig({ zh: '流程监控', en: 'Cockpit' });
