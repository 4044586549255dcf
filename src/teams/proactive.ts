import {
  Activity,
  Attachment,
  CloudAdapter,
  ConversationParameters,
  ConversationReference,
  Mention,
  TurnContext,
} from 'botbuilder';
import { SERVICE_URL_UNKNOWN, SendResult, SendTarget, Sender } from '../jobs/outbox';
import type { ConversationRepository } from '../store/conversations';
import type { OpaqueJson } from '../store/json';
import type { RecipientRepository } from '../store/outbox';

/** What `TeamsSender` needs. */
export interface TeamsSenderOptions {
  adapter: CloudAdapter;
  /** The bot's Microsoft App id; empty locally (Playground, tests), where the connector needs no token. */
  appId: string;
  conversations: ConversationRepository;
  /** Finds a person's personal chat, Teams id and name from stored references. */
  recipients: RecipientRepository;
  /** Longest wait for the connector before a send counts as failed (status 0, code 'Timeout'); default 30 s. */
  timeoutMs?: number;
  /** The tenant to open chats in (`MicrosoftAppTenantId`); default: the tenant of the newest stored reference. */
  tenantId?: string;
  /** The Bot Connector's service URL for opening chats before any conversation is stored (`TEAMS_SERVICE_URL`). */
  serviceUrl?: string;
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A conversation reference the store kept as JSON, as the Bot Framework type again. */
export function asReference(json: OpaqueJson): Partial<ConversationReference> {
  return json as Partial<ConversationReference>;
}

/**
 * Sends and updates proactive messages through the Bot Connector: the outbox's `Sender`. Every outcome
 * is a `SendResult`; HTTP failures become `{ ok: false, status, retryAfterSeconds }` for the outbox to
 * retry, fall back or give up on.
 */
export class TeamsSender implements Sender {
  constructor(private readonly opts: TeamsSenderOptions) {}

  /** Sends a new message to a conversation the bot is in, or to a person's personal chat (opened if need be). */
  send(target: SendTarget, activity: Partial<Activity>): Promise<SendResult> {
    return this.withinTimeout(this.sendNow(target, activity));
  }

  /** Replaces an activity the bot sent earlier (a card) in place. */
  update(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<SendResult> {
    return this.withinTimeout(this.updateNow(conversationId, activityId, activity));
  }

  /**
   * The HTTP client has no timeout of its own: one hung connection would hold the scheduler's tick, and
   * every job behind it, indefinitely. A send that times out is retried; if Teams did take it after all,
   * that is one duplicate message, which beats a silent outbox.
   */
  private async withinTimeout(work: Promise<SendResult>): Promise<SendResult> {
    const ms = this.opts.timeoutMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<SendResult>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, status: 0, code: 'Timeout', detail: `no answer from the connector within ${ms} ms` }), ms);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async sendNow(target: SendTarget, activity: Partial<Activity>): Promise<SendResult> {
    try {
      if (target.kind === 'conversation') {
        const stored = await this.opts.conversations.get(target.conversationId);
        if (!stored) return { ok: false, status: 404, code: 'ConversationUnknown', detail: `no stored reference for ${target.conversationId}` };
        const message = target.mention ? await this.withMention(activity, target.mention) : activity;
        return await this.continueWith(stored.reference, (ctx) => ctx.sendActivity(message));
      }
      // Someone who left the SAV team gets no more cards, whether a chat with them is stored or not.
      if (await this.opts.recipients.hasLeft(target.userId)) {
        return { ok: false, status: 404, code: 'UserLeftTeam', detail: `${target.userId} has left the SAV team` };
      }
      const personal = await this.opts.recipients.personalChat(target.userId);
      if (personal) return await this.continueWith(personal, (ctx) => ctx.sendActivity(activity));
      return await this.openChat(target.userId, activity);
    } catch (err) {
      return failureOf(err);
    }
  }

  private async updateNow(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<SendResult> {
    try {
      const stored = await this.opts.conversations.get(conversationId);
      if (!stored) return { ok: false, status: 404, code: 'ConversationUnknown', detail: `no stored reference for ${conversationId}` };
      return await this.continueWith(stored.reference, async (ctx) => (await ctx.updateActivity({ ...activity, id: activityId })) ?? { id: activityId });
    } catch (err) {
      return failureOf(err);
    }
  }

  private async continueWith(
    reference: Partial<ConversationReference>,
    act: (ctx: TurnContext) => Promise<{ id?: string } | undefined>,
  ): Promise<SendResult> {
    let result: SendResult | undefined;
    await this.opts.adapter.continueConversationAsync(this.opts.appId, reference as ConversationReference, async (ctx) => {
      withoutTransportRetries(ctx);
      // Caught here: the adapter hands errors thrown in this callback to the app's onTurnError and swallows them.
      try {
        const sent = await act(ctx);
        result = { ok: true, activityId: sent?.id ?? '', conversationId: ctx.activity.conversation.id };
      } catch (err) {
        result = failureOf(err);
      }
    });
    return result ?? { ok: false, status: 500, detail: 'the adapter did not run the send' };
  }

  /**
   * Opens a 1:1 chat with the person and remembers it for next time. Teams takes the Teams id of a member
   * of a team the app is in, or the Entra object id of a user the app is installed for (personal scope),
   * and answers 403 otherwise; the roster gives Teams ids, so the Entra id is the fallback for people in
   * no team of ours (superadmins, managers). See Microsoft Learn, "Send proactive messages", create the
   * conversation.
   */
  private async openChat(userId: string, activity: Partial<Activity>): Promise<SendResult> {
    const memberId = (await this.opts.recipients.teamsIdOf(userId)) ?? userId;
    const stored = await this.opts.recipients.anyReference(this.opts.tenantId);
    const any = stored && asReference(stored);
    // A stored reference's service URL is the tenant's own region; the configured one serves before the bot has met anyone.
    const serviceUrl = any?.serviceUrl ?? this.opts.serviceUrl;
    const tenantId = this.opts.tenantId ?? any?.conversation?.tenantId;
    if (!serviceUrl) {
      return { ok: false, status: 404, code: SERVICE_URL_UNKNOWN, detail: `no service URL and tenant known yet to reach ${userId}: the bot has not been in any conversation` };
    }
    const parameters = {
      isGroup: false,
      ...(any?.bot ? { bot: any.bot } : {}),
      members: [{ id: memberId }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as ConversationParameters;
    let result: SendResult | undefined;
    // An empty audience means the adapter's default (the Bot Framework scope) for the token.
    await this.opts.adapter.createConversationAsync(this.opts.appId, 'msteams', serviceUrl, '', parameters, async (ctx) => {
      withoutTransportRetries(ctx);
      const reference = TurnContext.getConversationReference(ctx.activity);
      const conversationId = ctx.activity.conversation.id;
      await this.opts.conversations.save({
        id: conversationId,
        conversationType: 'personal',
        teamId: null,
        channelId: null,
        reference: { ...reference, bot: any?.bot ?? reference.bot, user: { id: memberId, name: '', aadObjectId: userId }, conversation: { ...reference.conversation!, tenantId } },
      });
      try {
        const sent = await ctx.sendActivity(activity);
        result = { ok: true, activityId: sent?.id ?? '', conversationId };
      } catch (err) {
        result = failureOf(err);
      }
    });
    return result ?? { ok: false, status: 500, detail: 'the adapter did not run the send' };
  }

  /** The message with an @mention of the person in front: in the text, and in an Adaptive Card as a first line. */
  private async withMention(activity: Partial<Activity>, who: { userId: string; name?: string }): Promise<Partial<Activity>> {
    const name = who.name ?? (await this.opts.recipients.nameOf(who.userId)) ?? who.userId;
    // Teams resolves a mention by Teams user id or by Entra object id; the Teams id is used when known.
    const id = (await this.opts.recipients.teamsIdOf(who.userId)) ?? who.userId;
    const at = `<at>${escapeXml(name)}</at>`;
    const mention: Mention = { type: 'mention', mentioned: { id, name }, text: at } as Mention;
    const attachments = activity.attachments?.map((a, i) => (i === 0 && a.contentType === ADAPTIVE_CARD ? mentionInCard(a, at, mention) : a));
    return {
      ...activity,
      text: activity.text ? `${at} ${activity.text}` : attachments?.some((a) => a.contentType === ADAPTIVE_CARD) ? activity.text : at,
      entities: [...(activity.entities ?? []), mention],
      attachments,
    };
  }
}

function mentionInCard(attachment: Attachment, at: string, mention: Mention): Attachment {
  const card = attachment.content as { body?: unknown[]; msteams?: { entities?: unknown[] } };
  return {
    ...attachment,
    content: {
      ...card,
      body: [{ type: 'TextBlock', text: at, wrap: true }, ...(card.body ?? [])],
      msteams: { ...card.msteams, entities: [...(card.msteams?.entities ?? []), mention] },
    },
  };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The connector client retries 429 and 5xx itself (three times, sleeping through `Retry-After`), which
 * would hold a scheduler tick for minutes and hide throttling from the outbox. The outbox does the
 * retrying, durably and per thread, so the client's retry policy is taken out of this turn's pipeline.
 */
function withoutTransportRetries(ctx: TurnContext): void {
  const connector = ctx.turnState.get(ctx.adapter.ConnectorClientKey) as
    | { client?: { pipeline?: { removePolicy(options: { phase?: string }): unknown } } }
    | undefined;
  connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}

/** Maps a botbuilder error (a `RestError`, or a network error without a status) to a `SendResult`. */
function failureOf(err: unknown): SendResult & { ok: false } {
  const e = err as {
    statusCode?: number;
    code?: string;
    message?: string;
    response?: { headers?: { get?(name: string): string | undefined } | Record<string, string> };
  };
  const headers = e.response?.headers;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : (headers as Record<string, string> | undefined)?.['retry-after'];
  const seconds = raw !== undefined && raw !== null && raw !== '' ? Number(raw) : NaN;
  const retryAfterSeconds = Number.isFinite(seconds) && seconds >= 0 ? seconds : retryAfterDate(raw);
  return {
    ok: false,
    status: typeof e.statusCode === 'number' ? e.statusCode : 0,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    ...(e.code ? { code: e.code } : {}),
    detail: e.message ?? String(err),
  };
}

/** `Retry-After` may also be an HTTP date: wall-clock time on Teams' side, so it is compared with the wall clock, not the injected one. */
function retryAfterDate(raw: string | undefined | null): number | undefined {
  if (!raw) return undefined;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
