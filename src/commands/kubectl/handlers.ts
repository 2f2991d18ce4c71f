/** Every kubectl command knetlab runs, by command path. */
import { APPLY } from './apply.js';
import { AUTH } from './auth.js';
import { CONFIG } from './config.js';
import { CREATE } from './create.js';
import { CREATE_DATA } from './create-data.js';
import { CREATE_RBAC } from './create-rbac.js';
import { CREATE_SERVICES } from './create-service.js';
import { CREATE_WORKLOADS } from './create-workloads.js';
import { DELETE } from './delete.js';
import { DESCRIBE } from './describe.js';
import { DISCOVERY_CMDS } from './discovery-cmds.js';
import { EDIT } from './edit.js';
import { EVENTS_WAIT } from './events-wait.js';
import { EXEC_LOGS } from './exec-logs.js';
import { EXPOSE } from './expose.js';
import { GET } from './get.js';
import type { CommandImpl } from './kctx.js';
import { LABEL } from './label.js';
import { MISC_CMDS } from './misc-cmds.js';
import { NODE_OPS } from './node-ops.js';
import { PATCH } from './patch.js';
import { REPLACE } from './replace.js';
import { ROLLOUT } from './rollout.js';
import { RUN } from './run.js';
import { SCALE } from './scale.js';
import { SET } from './set.js';
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
  ...CREATE,
  ...APPLY,
  ...DELETE,
  ...REPLACE,
  ...LABEL,
  ...SCALE,
  ...SET,
  ...ROLLOUT,
  ...PATCH,
  ...EDIT,
  ...DISCOVERY_CMDS,
  ...EXEC_LOGS,
  ...CONFIG,
  ...AUTH,
  ...NODE_OPS,
  ...MISC_CMDS,
  ...EVENTS_WAIT,
};
