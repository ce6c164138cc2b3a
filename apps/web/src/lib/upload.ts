import { currentAccessToken, refreshSession } from './api-client';
import { ApiProblem, networkProblem, problemFromResponse } from './problem';

/** An upload's answer: its status, ETag and parsed JSON body. */
export interface UploadResult<T> {
  status: number;
  etag: string | null;
  body: T;
}

export interface UploadOptions {
  /** The multipart field name (default "file"). */
  field?: string;
  /** Called with 0..1 as the bytes go out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * POSTs one file as multipart/form-data with XMLHttpRequest, the one browser API that reports upload progress
 * (fetch does not). The bearer token is the page's current one; a 401 is answered by the shared refresh and one retry,
 * as every other request of the app is. A failure is thrown as an ApiProblem (the server's code, field errors).
 */
export async function uploadWithProgress<T>(path: string, file: File, options: UploadOptions = {}): Promise<UploadResult<T>> {
  const first = await send(path, file, options);
  if (first.status !== 401) return finish<T>(first);
  const pair = await refreshSession();
  if (!pair) return finish<T>(first);
  return finish<T>(await send(path, file, options));
}

interface RawAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

function send(path: string, file: File, { field = 'file', onProgress, signal }: UploadOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const token = currentAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.total ? event.loaded / event.total : 1);
    };
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      resolve({ status: xhr.status, statusText: xhr.statusText, headers, text: xhr.responseText });
    };
    xhr.onerror = () => reject(networkProblem(new Error('upload failed')));
    xhr.onabort = () => reject(new ApiProblem(0, 'NETWORK_ERROR', 'upload aborted'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append(field, file, file.name);
    xhr.send(form);
  });
}

function finish<T>(answer: RawAnswer): UploadResult<T> {
  let body: unknown;
  try {
    body = answer.text ? JSON.parse(answer.text) : undefined;
  } catch {
    body = undefined;
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw problemFromResponse(new Response(null, { status: answer.status, statusText: answer.statusText, headers: answer.headers }), body);
  }
  return { status: answer.status, etag: answer.headers.get('ETag'), body: body as T };
}
