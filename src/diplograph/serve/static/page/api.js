// Reading the JSON API of the same server. Paths are relative, so the page also works when
// it is served under a prefix (uvicorn --root-path).

export class ApiError extends Error {}

/** GET api/<path>?<params> as JSON; an error answer becomes an ApiError with its detail. */
export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of [value].flat()) {
      if (one !== undefined && one !== null) query.append(name, String(one));
    }
  }
  const url = `api/${path}${query.toString() ? `?${query}` : ""}`;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ApiError(`The server did not answer (${error.message}).`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = body && typeof body.detail === "string" ? body.detail : response.statusText;
    throw new ApiError(`${response.status}: ${detail}`);
  }
  return body;
}

/** Every item of a paged list (up to `most` items): follows next_offset. */
export async function getAll(path, params = {}, most = 5000) {
  const items = [];
  let offset = 0;
  const limit = 500;
  while (offset !== null && items.length < most) {
    const page = await getJSON(path, { ...params, limit, offset });
    items.push(...page.items);
    offset = page.next_offset;
  }
  return items;
}

/** Both lists of a pair's timeline, following its paging up to `most` events per list, and
 *  how many each list holds in all (`total`). */
export async function getTimeline(a, b, most = 10000) {
  const limit = 500;
  const out = { occurred: [], planned: [], total: { occurred: 0, planned: 0 } };
  for (let offset = 0; offset < most; offset += limit) {
    const page = await getJSON("timeline", { a, b, limit, offset });
    out.occurred.push(...page.occurred);
    out.planned.push(...page.planned);
    out.total = page.total;
    if (offset + limit >= Math.max(page.total.occurred, page.total.planned)) break;
  }
  return out;
}
