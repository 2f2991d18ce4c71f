/** Every kubectl command knetlab runs, by command path. */
import { CREATE_DATA } from './create-data.js';
import { CREATE_RBAC } from './create-rbac.js';
import { CREATE_SERVICES } from './create-service.js';
import { CREATE_WORKLOADS } from './create-workloads.js';
import { DESCRIBE } from './describe.js';
import { EXPOSE } from './expose.js';
import { GET } from './get.js';
import type { CommandImpl } from './kctx.js';
import { RUN } from './run.js';
import { VERSION } from './version.js';

export const HANDLERS: Record<string, CommandImpl> = {
  ...CREATE_WORKLOADS,
  ...CREATE_SERVICES,
  ...CREATE_DATA,
  ...CREATE_RBAC,
  ...RUN,
  ...VERSION,
  ...GET,
  ...EXPOSE,
  ...DESCRIBE,
};
