/* Resident Service Desk: Admin configuration (overrides the webjar's), see common/desk-config.js. */
import { deskConfig } from '../../common/desk-config.js';

export default deskConfig({ zh: '系统管理', en: 'Admin' });
