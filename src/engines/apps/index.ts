/**
 * Registers the application-layer servers that answer on listening
 * sockets: 'http', 'tls', 'kube-apiserver', 'tcp-banner' and 'nc-listen'
 * (the DNS servers register from engines/dns/apps). Importing this module
 * is enough; the HTTP client commands pull it in.
 */
import '../dns/apps.js';
import './http-server.js';
import './tls-server.js';
import './kube-apiserver.js';
import './tcp-banner.js';
