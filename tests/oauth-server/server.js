// A real OpenID Connect provider (oidc-provider) on loopback for AgentDesk's sign-in
// tests. Native public client, PKCE S256 required, refresh tokens always issued and
// rotated, revocation enabled, login and consent approved automatically (the test's
// "browser" is an HTTP client following redirects).
//
// Usage: node server.js [--access-ttl SECONDS]
// Prints one line of JSON with the issuer once it listens.
'use strict';
const http = require('node:http');
const { URLSearchParams } = require('node:url');
const oidc = require('oidc-provider');
const Provider = oidc.default || oidc.Provider || oidc;

const args = process.argv.slice(2);
const ttlIndex = args.indexOf('--access-ttl');
const accessTtl = ttlIndex >= 0 ? parseInt(args[ttlIndex + 1], 10) : 3600;

const stats = { token: 0, refresh: 0, revocation: 0, userinfo: 0 };

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: 'agentdesk-test',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback'],
    }, {
      client_id: 'agentdesk-confidential',
      client_secret: 'a-confidential-secret-for-tests-0123456789',
      application_type: 'native',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback'],
    }],
    pkce: { required: () => true, methods: ['S256'] },
    features: { devInteractions: { enabled: false }, revocation: { enabled: true } },
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: { AccessToken: accessTtl, AuthorizationCode: 60, RefreshToken: 86400, Interaction: 300, Session: 3600, Grant: 86400 },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    findAccount: async (ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, name: 'Ada Operator', email: 'ada@example.com' }),
    }),
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['agentdesk-test-cookie-key'] },
  });
  provider.proxy = false;

  // Instrumentation for the tests: counts of grants, read at GET /test/stats.
  provider.use(async (ctx, next) => {
    if (ctx.path === '/test/stats') {
      ctx.body = stats;
      return;
    }
    if (ctx.path === '/token' && ctx.method === 'POST') {
      stats.token += 1;
    }
    if (ctx.path === '/token/revocation' && ctx.method === 'POST') stats.revocation += 1;
    if (ctx.path === '/me') stats.userinfo += 1;
    await next();
  });
  provider.on('grant.success', (ctx) => {
    if (ctx.oidc.params.grant_type === 'refresh_token') stats.refresh += 1;
  });

  // The user's part, approved at once: log in as user-ada, grant what is asked.
  provider.use(async (ctx, next) => {
    const match = ctx.path.match(/^\/interaction\/([^/]+)$/);
    if (!match) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    let result;
    if (details.prompt.name === 'login') {
      result = { login: { accountId: 'user-ada' } };
    } else {
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      const missing = details.prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      result = { consent: { grantId: await grant.save() } };
    }
    const redirectTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: true });
    ctx.redirect(redirectTo);
  });

  server.on('request', provider.callback());
  process.stdout.write(JSON.stringify({ issuer }) + '\n');
});

process.on('SIGTERM', () => process.exit(0));
