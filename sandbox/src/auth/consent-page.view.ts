import type { AuthorizeRequest } from './oauth.service';

export interface ConsentChoice {
  workspaceId: string;
  workspaceName: string;
  userName: string;
  userEmail: string;
  databases: string[];
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function hidden(name: string, value: string | null): string {
  return value === null ? '' : `<input type="hidden" name="${name}" value="${escape(value)}">`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;background:#f7f6f3;color:#37352f;margin:0}
main{max-width:28rem;margin:4rem auto;background:#fff;border-radius:8px;padding:2rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.25rem;margin-top:0}label{display:block;margin:1rem 0}select{width:100%;padding:.4rem}
ul{padding-left:1.2rem;color:#6b6a66}.actions{display:flex;gap:.5rem;margin-top:1.5rem}
button{flex:1;padding:.6rem;border-radius:4px;border:1px solid #d3d1cb;background:#fff;font:inherit;cursor:pointer}
button[value=allow]{background:#2383e2;border-color:#2383e2;color:#fff}`;

/** The sandbox's stand-in for Notion's install screen: pick a workspace, allow or cancel. */
export function consentPage(request: AuthorizeRequest, choices: readonly ConsentChoice[]): string {
  const options = choices
    .map(
      (c, i) =>
        `<option value="${escape(c.workspaceId)}"${i === 0 ? ' selected' : ''}>${escape(c.workspaceName)} — as ${escape(c.userName)} (${escape(c.userEmail)})</option>`,
    )
    .join('');
  const shared = choices
    .map(
      (c) =>
        `<li><strong>${escape(c.workspaceName)}</strong>: ${c.databases.map(escape).join(', ') || 'no databases'}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Allow access — Notion sandbox</title><style>${STYLE}</style></head>
<body><main>
<h1>NotionChartKit would like to access a Notion workspace</h1>
<form method="post" action="/v1/oauth/authorize">
${hidden('client_id', request.clientId)}${hidden('redirect_uri', request.redirectUri)}${hidden('state', request.state)}
<input type="hidden" name="response_type" value="code"><input type="hidden" name="owner" value="user">
<label>Workspace<select name="workspace_id">${options}</select></label>
<p>It will be able to read these databases:</p><ul>${shared}</ul>
<div class="actions"><button type="submit" name="decision" value="cancel">Cancel</button><button type="submit" name="decision" value="allow">Allow access</button></div>
</form></main></body></html>`;
}

export function authorizeErrorPage(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorization error — Notion sandbox</title><style>${STYLE}</style></head>
<body><main><h1>Something is wrong with this link</h1><p>${escape(message)}</p></main></body></html>`;
}
