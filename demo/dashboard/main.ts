/** The merchant dashboard's entry (`/dashboard`, served by the sandbox server; docs/DASHBOARD.md). */
import { DashboardApp } from './app.ts';

if (!customElements.get('sg-dashboard')) customElements.define('sg-dashboard', DashboardApp);
