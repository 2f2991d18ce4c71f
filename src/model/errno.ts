/** Kernel error numbers as values; tools print them in their own wording. */
export const STRERROR = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  ESRCH: 'No such process',
  EIO: 'Input/output error',
  ENXIO: 'No such device or address',
  E2BIG: 'Argument list too long',
  EBADF: 'Bad file descriptor',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied',
  EBUSY: 'Device or resource busy',
  EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link',
  ENODEV: 'No such device',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  ENOSPC: 'No space left on device',
  ERANGE: 'Numerical result out of range',
  ENOTEMPTY: 'Directory not empty',
  EOPNOTSUPP: 'Operation not supported',
  EAFNOSUPPORT: 'Address family not supported by protocol',
  EADDRINUSE: 'Address already in use',
  EADDRNOTAVAIL: 'Cannot assign requested address',
  ENETDOWN: 'Network is down',
  ENETUNREACH: 'Network is unreachable',
  ECONNREFUSED: 'Connection refused',
  EHOSTUNREACH: 'No route to host',
  ETIMEDOUT: 'Connection timed out',
  ENOBUFS: 'No buffer space available',
  EMSGSIZE: 'Message too long',
  ELOOP: 'Too many levels of symbolic links',
  ENOTSUP: 'Operation not supported',
} as const;

export type Errno = keyof typeof STRERROR;

export interface KernelError {
  errno: Errno;
  /** Netlink extended ack message (iproute2 prints "Error: <msg>."). */
  extack?: string;
}

export function kerr(errno: Errno, extack?: string): KernelError {
  return extack === undefined ? { errno } : { errno, extack };
}
