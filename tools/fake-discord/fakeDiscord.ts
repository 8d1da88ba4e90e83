/**
 * A small fake Discord on 127.0.0.1 that speaks the real wire protocol (REST v10 and the JSON gateway),
 * so the unmodified bot and its real discord.js Client can be run against it. A test double, not a product.
 *
 * REST: /gateway/bot, /users/@me, command registration, interaction callbacks, @original edits, follow-ups.
 * Gateway: HELLO, IDENTIFY, heartbeats, READY, GUILD_CREATE, INTERACTION_CREATE, RESUME, RECONNECT, INVALID_SESSION.
 * Faults on demand, and checks on bodies the way Discord makes them (embed limits, double acknowledgement).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayOpcodes,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { WebSocketServer, type WebSocket } from 'ws';

export const FAKE_TOKEN = 'ZmFrZS1ib3QtdG9rZW4tMTIzNDU2.Fake01.bm90LWEtcmVhbC1kaXNjb3JkLXRva2VuLWF0LWFsbA';
export const APPLICATION_ID = '111111111111111111';
export const GUILD_ID = '222222222222222222';
export const CHANNEL_ID = '333333333333333333';
export const BOT_USER = { id: APPLICATION_ID, username: 'summit-bot', discriminator: '0000', global_name: null, avatar: null, bot: true };
export const HUMAN = { id: '444444444444444444', username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorized: boolean;
}

/** A message as the user sees it once the bot has answered (callback data, or the edited original). */
export interface Answer {
  /** The callback type that acknowledged the interaction (an `InteractionResponseType`). */
  type: number;
  data: MessageData;
}

export interface MessageData {
  content?: string;
  embeds?: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } }>;
  components?: Array<{ type: number; components: Array<{ type: number; custom_id?: string; label?: string; disabled?: boolean }> }>;
  flags?: number;
  choices?: Array<{ name: string; value: string }>;
  allowed_mentions?: { parse?: string[] };
}

interface PendingInteraction {
  id: string;
  token: string;
  acknowledged: number | null;
  resolve: (answer: Answer) => void;
  answer: Promise<Answer>;
  messageId: string;
}

/** An interaction sent to the client: its id and token, and what the user finally sees. */
export interface Dispatched {
  id: string;
  token: string;
  answer: Promise<Answer>;
}

export interface Faults {
  /** Answer the next interaction callback with 429 and this `retry_after` (seconds). */
  callback429?: number;
  /** Answer the next N interaction callbacks with 500. */
  callback500?: number;
  /** Delay every REST reply by this many milliseconds. */
  slowRestMs?: number;
  /** Answer /gateway/bot with 401, as Discord does for a bad token. */
  gatewayBot401?: boolean;
  /** Stop answering heartbeats with ACKs. */
  withholdAcks?: boolean;
}

type GatewayPayload = { op: GatewayOpcodes; d?: unknown; s?: number | null; t?: string | null };

let snowflake = 900000000000000000n;
const nextId = (): string => (snowflake++).toString();

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayLog: GatewayPayload[] = [];
  readonly faults: Faults = {};
  readonly registered = new Map<string, unknown>();
  private readonly interactions = new Map<string, PendingInteraction>();
  private readonly sessions = new Map<string, { seq: number }>();
  private socket: WebSocket | null = null;
  private session: { id: string; seq: number } | null = null;
  private readyWaiters: Array<() => void> = [];
  private opWaiters: Array<{ op: GatewayOpcodes; resolve: (p: GatewayPayload) => void }> = [];

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
    readonly heartbeatInterval: number,
  ) {}

  static async start(options: { heartbeatInterval?: number } = {}): Promise<FakeDiscord> {
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const fake = new FakeDiscord(http, wss, (http.address() as AddressInfo).port, options.heartbeatInterval ?? 41250);
    http.on('request', (req, res) => void fake.handleRest(req, res));
    wss.on('connection', (ws) => fake.handleGateway(ws));
    return fake;
  }

  /** For the client's `rest: { api }` option. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Resolves once a session is READY (now, if one is). */
  whenReady(): Promise<void> {
    if (this.session && this.socket) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Resolves with the next gateway payload of this opcode the client sends. */
  nextOp(op: GatewayOpcodes): Promise<GatewayPayload> {
    return new Promise((resolve) => this.opWaiters.push({ op, resolve }));
  }

  // ---- gateway ---------------------------------------------------------------------------

  private handleGateway(ws: WebSocket): void {
    this.socket = ws;
    this.send(ws, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatInterval, _trace: ['fake-discord'] } });
    ws.on('message', (raw) => {
      let payload: GatewayPayload;
      try {
        payload = JSON.parse((Array.isArray(raw) ? Buffer.concat(raw) : raw instanceof ArrayBuffer ? Buffer.from(raw) : raw).toString()) as GatewayPayload;
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      this.gatewayLog.push(payload);
      this.opWaiters = this.opWaiters.filter((w) => (w.op === payload.op ? (w.resolve(payload), false) : true));
      this.onGatewayPayload(ws, payload);
    });
    ws.on('close', () => {
      if (this.socket === ws) this.socket = null;
    });
  }

  private onGatewayPayload(ws: WebSocket, payload: GatewayPayload): void {
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        if (!this.faults.withholdAcks) this.send(ws, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify: {
        if (d['token'] !== FAKE_TOKEN) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        const id = nextId();
        this.session = { id, seq: 0 };
        this.sessions.set(id, this.session);
        this.dispatch('READY', {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: id,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: APPLICATION_ID, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', guildPayload());
        this.readyWaiters.splice(0).forEach((r) => r());
        return;
      }
      case GatewayOpcodes.Resume: {
        const known = this.sessions.get(String(d['session_id']));
        if (d['token'] !== FAKE_TOKEN || !known) {
          this.send(ws, { op: GatewayOpcodes.InvalidSession, d: false });
          return;
        }
        this.session = { id: String(d['session_id']), seq: known.seq };
        this.dispatch('RESUMED', {});
        this.readyWaiters.splice(0).forEach((r) => r());
        return;
      }
      default:
        return;
    }
  }

  private send(ws: WebSocket, payload: GatewayPayload): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }

  /** Any dispatch, malformed on purpose (`GUILD_CREATE` with `d: null`). */
  dispatchRaw(t: string, d: unknown): void {
    this.dispatch(t, d);
  }

  private dispatch(t: string, d: unknown): void {
    if (!this.socket || !this.session) throw new Error('no gateway session to dispatch on');
    this.session.seq += 1;
    this.sessions.get(this.session.id)!.seq = this.session.seq;
    this.send(this.socket, { op: GatewayOpcodes.Dispatch, t, s: this.session.seq, d });
  }

  /** Closes the gateway connection with a close code: 4000 lets the client resume, 1000 makes it identify anew. */
  closeGateway(code: number): void {
    const ws = this.socket;
    this.socket = null;
    if (code === 1000) this.session = null;
    ws?.close(code, 'fake-discord closed the connection');
  }

  /** Op 7: the client should reconnect and resume. */
  sendReconnect(): void {
    if (this.socket) this.send(this.socket, { op: GatewayOpcodes.Reconnect, d: null });
    this.socket = null;
  }

  /** Op 9: the session is invalid; `resumable` false makes the client identify again. */
  sendInvalidSession(resumable: boolean): void {
    if (!resumable) this.session = null;
    if (this.socket) this.send(this.socket, { op: GatewayOpcodes.InvalidSession, d: resumable });
  }

  // ---- interactions ----------------------------------------------------------------------

  /** Dispatches INTERACTION_CREATE and resolves with what the user finally sees; `data` null sends none (malformed). */
  interact(data: Record<string, unknown> | null, type: InteractionType = InteractionType.ApplicationCommand, message?: Record<string, unknown>): Dispatched {
    const id = nextId();
    const token = `itoken-${id}`;
    let resolve!: (a: Answer) => void;
    const answer = new Promise<Answer>((r) => (resolve = r));
    this.interactions.set(token, { id, token, acknowledged: null, resolve, answer, messageId: nextId() });
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APPLICATION_ID,
      type,
      ...(data ? { data } : {}),
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: ChannelType.GuildText, guild_id: GUILD_ID, name: 'general' },
      member: { user: HUMAN, roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, permissions: VIEW_CHANNEL },
      token,
      version: 1,
      app_permissions: VIEW_CHANNEL,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: InteractionContextType.Guild,
      ...(message ? { message } : {}),
    });
    return { id, token, answer };
  }

  /** `/summit <subcommand> [question]` as Discord sends it. */
  slash(subcommand: string, question?: string, commandName = 'summit'): Dispatched {
    const options = question === undefined ? [] : [{ type: ApplicationCommandOptionType.String, name: 'question', value: question }];
    return this.interact({
      id: nextId(),
      name: commandName,
      type: ApplicationCommandType.ChatInput,
      options: [{ type: ApplicationCommandOptionType.Subcommand, name: subcommand, options }],
    });
  }

  autocomplete(subcommand: string, typed: string): Dispatched {
    return this.interact(
      {
        id: nextId(),
        name: 'summit',
        type: ApplicationCommandType.ChatInput,
        options: [
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: subcommand,
            options: [{ type: ApplicationCommandOptionType.String, name: 'question', value: typed, focused: true }],
          },
        ],
      },
      InteractionType.ApplicationCommandAutocomplete,
    );
  }

  /** A button press on a message the bot sent. */
  press(customId: string, message: MessageData = {}): Dispatched {
    return this.interact({ custom_id: customId, component_type: ComponentType.Button }, InteractionType.MessageComponent, messagePayload(nextId(), message));
  }

  // ---- REST --------------------------------------------------------------------------------

  private async handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const authorized = req.headers.authorization === `Bot ${FAKE_TOKEN}`;
    this.requests.push({ method: req.method ?? 'GET', path, query: url.searchParams, body, authorized });
    if (this.faults.slowRestMs) await sleep(this.faults.slowRestMs);
    const reply = (status: number, json?: unknown, headers: Record<string, string> = {}): void => {
      if (json === undefined) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    const route = `${req.method} ${path}`;
    let m: RegExpExecArray | null;

    if (route === 'GET /gateway/bot') {
      if (this.faults.gatewayBot401 || !authorized) return reply(401, { message: '401: Unauthorized', code: 0 });
      return reply(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14400000, max_concurrency: 1 } });
    }
    if (route === 'GET /users/@me') return authorized ? reply(200, BOT_USER) : reply(401, { message: '401: Unauthorized', code: 0 });
    if ((m = /^PUT \/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(route))) {
      if (!authorized) return reply(401, { message: '401: Unauthorized', code: 0 });
      this.registered.set(m[2] ? `guild:${m[2]}` : 'global', body);
      return reply(
        200,
        (Array.isArray(body) ? body : []).map((c: object) => ({ id: nextId(), application_id: m![1], version: nextId(), ...c })),
      );
    }
    if ((m = /^POST \/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route))) return this.onCallback(m[2]!, body, url.searchParams, reply);
    if ((m = /^(PATCH|GET|DELETE) \/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(route))) return this.onOriginal(m[1]!, m[3]!, body, reply);
    if ((m = /^POST \/webhooks\/(\d+)\/([^/]+)$/.exec(route))) {
      const pending = this.interactions.get(m[2]!);
      if (!pending?.acknowledged) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      const problem = checkMessage(body as MessageData);
      if (problem) return reply(400, problem);
      return reply(200, messagePayload(nextId(), body as MessageData));
    }
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  private onCallback(token: string, body: unknown, query: URLSearchParams, reply: (s: number, j?: unknown, h?: Record<string, string>) => void): void {
    if (this.faults.callback429) {
      const retryAfter = this.faults.callback429;
      delete this.faults.callback429;
      return reply(
        429,
        { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
        { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
      );
    }
    if (this.faults.callback500) {
      this.faults.callback500 -= 1;
      return reply(500, { message: '500: Internal Server Error', code: 0 });
    }
    const pending = this.interactions.get(token);
    if (!pending) return reply(404, { message: 'Unknown interaction', code: 10062 });
    if (pending.acknowledged !== null) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const { type, data } = (body ?? {}) as { type?: number; data?: MessageData };
    if (!CALLBACK_TYPES.includes(type ?? -1)) return reply(400, { message: 'Invalid Form Body', code: 50035, errors: { type: 'not a callback type' } });
    const withMessage = type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.UpdateMessage;
    const problem = withMessage ? checkMessage(data ?? {}) : null;
    if (problem) return reply(400, problem);
    pending.acknowledged = type!;
    if (withMessage || type === InteractionResponseType.ApplicationCommandAutocompleteResult) pending.resolve({ type: type, data: data ?? {} });
    if (query.get('with_response') === 'true') {
      return reply(200, {
        interaction: { id: pending.id, type: InteractionType.ApplicationCommand, response_message_id: pending.messageId },
        resource: { type, message: type === InteractionResponseType.ChannelMessageWithSource ? messagePayload(pending.messageId, data ?? {}) : undefined },
      });
    }
    return reply(204);
  }

  private onOriginal(method: string, token: string, body: unknown, reply: (s: number, j?: unknown) => void): void {
    const pending = this.interactions.get(token);
    if (!pending?.acknowledged) return reply(404, { message: 'Unknown Webhook', code: 10015 });
    if (method === 'DELETE') return reply(204);
    if (method === 'GET') return reply(200, messagePayload(pending.messageId, {}));
    const problem = checkMessage(body as MessageData);
    if (problem) return reply(400, problem);
    pending.resolve({ type: pending.acknowledged, data: body as MessageData });
    return reply(200, messagePayload(pending.messageId, body as MessageData));
  }
}

/** Discord's own checks on a message body: content 2000, 10 embeds, and the embed limits. */
export function checkMessage(data: MessageData): { message: string; code: number; errors: Record<string, string> } | null {
  const errors: Record<string, string> = {};
  if ((data.content ?? '').length > 2000) errors['content'] = 'Must be 2000 or fewer in length.';
  const embeds = data.embeds ?? [];
  if (embeds.length > 10) errors['embeds'] = 'Must be 10 or fewer in length.';
  let total = 0;
  embeds.forEach((e, i) => {
    if ((e.title ?? '').length > 256) errors[`embeds.${i}.title`] = 'Must be 256 or fewer in length.';
    if ((e.description ?? '').length > 4096) errors[`embeds.${i}.description`] = 'Must be 4096 or fewer in length.';
    if ((e.fields ?? []).length > 25) errors[`embeds.${i}.fields`] = 'Must be 25 or fewer in length.';
    for (const [j, f] of (e.fields ?? []).entries()) {
      if (f.name.length > 256 || f.name.length === 0) errors[`embeds.${i}.fields.${j}.name`] = 'Must be between 1 and 256 in length.';
      if (f.value.length > 1024 || f.value.length === 0) errors[`embeds.${i}.fields.${j}.value`] = 'Must be between 1 and 1024 in length.';
    }
    if ((e.footer?.text ?? '').length > 2048) errors[`embeds.${i}.footer.text`] = 'Must be 2048 or fewer in length.';
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  });
  if (total > 6000) errors['embeds'] = 'Embed size exceeds maximum size of 6000';
  return Object.keys(errors).length ? { message: 'Invalid Form Body', code: 50035, errors } : null;
}

/** The callback types an interaction may be answered with (message, deferred, update, autocomplete). */
const CALLBACK_TYPES: readonly number[] = [
  InteractionResponseType.ChannelMessageWithSource,
  InteractionResponseType.DeferredChannelMessageWithSource,
  InteractionResponseType.DeferredMessageUpdate,
  InteractionResponseType.UpdateMessage,
  InteractionResponseType.ApplicationCommandAutocompleteResult,
];

/** Permissions as Discord sends them, a decimal bit field: View Channel only. */
const VIEW_CHANNEL = PermissionFlagsBits.ViewChannel.toString();

function messagePayload(id: string, data: MessageData): Record<string, unknown> {
  return {
    id,
    type: MessageType.ChatInputCommand,
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: data.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    pinned: false,
    flags: data.flags ?? 0,
    webhook_id: APPLICATION_ID,
    application_id: APPLICATION_ID,
  };
}

function guildPayload(): Record<string, unknown> {
  return {
    id: GUILD_ID,
    name: 'Fake Newsroom',
    icon: null,
    owner_id: HUMAN.id,
    unavailable: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    member_count: 2,
    features: [],
    roles: [{ id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: VIEW_CHANNEL, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    channels: [{ id: CHANNEL_ID, type: ChannelType.GuildText, name: 'general', position: 0, permission_overwrites: [] }],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_flags: 0,
  };
}
