/** The lead's container runtime, behind one import so tests can stub it. */
export { containerLogs, podExecContext } from '../../kube/runtime.js';
