/** Reads the page's server data: the one JSON script the server renders into every page that needs it. */
export function pageData<T>(): T {
  const el = document.getElementById('page-data')
  return JSON.parse(el?.textContent ?? 'null') as T
}
