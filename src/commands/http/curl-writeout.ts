/**
 * curl -w/--write-out: %{variable} substitution (7.88's variable set, the
 * times in seconds with six decimals), \n \r \t escapes, %% and the
 * %{stderr}/%{stdout}/%{onerror} switches; unknown variables are reported
 * on stderr and print nothing.
 */

export interface TransferFacts {
  httpCode: number;
  httpVersion: string;
  contentType: string;
  urlEffective: string;
  url: string;
  method: string;
  scheme: string;
  remoteIp: string;
  remotePort: number | null;
  localIp: string;
  localPort: number | null;
  numConnects: number;
  numRedirects: number;
  redirectUrl: string;
  sizeDownload: number;
  sizeUpload: number;
  sizeHeader: number;
  sizeRequest: number;
  /** Times in ms from the start. */
  timeNamelookup: number;
  timeConnect: number;
  timeAppconnect: number;
  timePretransfer: number;
  timeStarttransfer: number;
  timeTotal: number;
  timeRedirect: number;
  exitCode: number;
  errorMsg: string;
  sslVerifyResult: number;
  filenameEffective: string;
  numHeaders: number;
  referer: string;
}

function secs(ms: number): string {
  return (Math.round(ms * 1000) / 1e6).toFixed(6);
}

function value(f: TransferFacts, name: string): string | null {
  switch (name) {
    case 'http_code':
    case 'response_code':
      return String(f.httpCode).padStart(3, '0');
    case 'http_connect':
      return '000';
    case 'http_version':
      return f.httpVersion;
    case 'content_type':
      return f.contentType;
    case 'url_effective':
      return f.urlEffective;
    case 'url':
      return f.url;
    case 'method':
      return f.method;
    case 'scheme':
      return f.scheme.toUpperCase();
    case 'remote_ip':
      return f.remoteIp;
    case 'remote_port':
      return f.remotePort === null ? '0' : String(f.remotePort);
    case 'local_ip':
      return f.localIp;
    case 'local_port':
      return f.localPort === null ? '0' : String(f.localPort);
    case 'num_connects':
      return String(f.numConnects);
    case 'num_redirects':
      return String(f.numRedirects);
    case 'num_headers':
      return String(f.numHeaders);
    case 'redirect_url':
      return f.redirectUrl;
    case 'referer':
      return f.referer;
    case 'size_download':
      return String(f.sizeDownload);
    case 'size_upload':
      return String(f.sizeUpload);
    case 'size_header':
      return String(f.sizeHeader);
    case 'size_request':
      return String(f.sizeRequest);
    case 'speed_download':
      return String(f.timeTotal > 0 ? Math.floor((f.sizeDownload * 1000) / f.timeTotal) : 0);
    case 'speed_upload':
      return String(f.timeTotal > 0 ? Math.floor((f.sizeUpload * 1000) / f.timeTotal) : 0);
    case 'time_namelookup':
      return secs(f.timeNamelookup);
    case 'time_connect':
      return secs(f.timeConnect);
    case 'time_appconnect':
      return secs(f.timeAppconnect);
    case 'time_pretransfer':
      return secs(f.timePretransfer);
    case 'time_starttransfer':
      return secs(f.timeStarttransfer);
    case 'time_redirect':
      return secs(f.timeRedirect);
    case 'time_total':
      return secs(f.timeTotal);
    case 'exitcode':
      return String(f.exitCode);
    case 'errormsg':
      return f.errorMsg;
    case 'ssl_verify_result':
    case 'proxy_ssl_verify_result':
      return String(f.sslVerifyResult);
    case 'filename_effective':
      return f.filenameEffective;
    case 'urlnum':
      return '0';
    case 'ftp_entry_path':
      return '';
    default:
      return null;
  }
}

/** Expand a -w template; `err` receives the unknown-variable warnings. */
export function writeOut(
  template: string,
  f: TransferFacts,
  out: (s: string) => void,
  err: (s: string) => void,
): void {
  let sink = out;
  let buf = '';
  const flush = () => {
    if (buf) sink(buf);
    buf = '';
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i] as string;
    if (c === '%' && template[i + 1] === '%') {
      buf += '%';
      i++;
    } else if (c === '%' && template[i + 1] === '{') {
      const end = template.indexOf('}', i + 2);
      if (end < 0) {
        buf += c;
        continue;
      }
      const name = template.slice(i + 2, end);
      i = end;
      if (name === 'stderr' || name === 'stdout') {
        flush();
        sink = name === 'stderr' ? err : out;
      } else if (name === 'onerror') {
        if (f.exitCode === 0) break;
      } else {
        const v = value(f, name);
        if (v === null) {
          flush();
          err(`curl: unknown --write-out variable: '${name}'\n`);
        } else buf += v;
      }
    } else if (c === '\\' && i + 1 < template.length) {
      const n = template[i + 1];
      if (n === 'n') buf += '\n';
      else if (n === 'r') buf += '\r';
      else if (n === 't') buf += '\t';
      else buf += `\\${n}`;
      i++;
    } else buf += c;
  }
  flush();
}
