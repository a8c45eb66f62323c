import { Controller, Get, Headers, HttpCode, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, WebhookShapeError, WhatsappWebhookService, safeEqual, type AppConfig } from '@app/domain';
import { DatabaseUnavailableFilter } from '../database-unavailable.filter';
import { HttpError } from '../http-error';

@UseFilters(DatabaseUnavailableFilter)
@Controller('webhooks/whatsapp')
export class WhatsappWebhookController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webhooks: WhatsappWebhookService,
  ) {}

  /** Meta's subscription check. */
  @Get()
  verify(
    @Query('hub.mode') mode: string | undefined,
    @Query('hub.verify_token') token: string | undefined,
    @Query('hub.challenge') challenge: string | undefined,
    @Res() res: Response,
  ): void {
    const expected = this.config.whatsappVerifyToken;
    if (mode === 'subscribe' && expected && token && safeEqual(token, expected)) {
      res
        .status(200)
        .type('text/plain')
        .send(challenge ?? '');
      return;
    }
    res.status(403).json({ error: 'forbidden', message: 'hub.verify_token does not match WHATSAPP_VERIFY_TOKEN' });
  }

  /** 200 only once every message in the body is stored; Meta retries anything else. */
  @Post()
  @HttpCode(200)
  async receive(@Req() req: Request, @Headers('x-hub-signature-256') signature: string | undefined) {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = this.webhooks.checkSignature(raw, signature);
    if (check === 'not-configured') {
      throw new HttpError(401, 'unauthorized', 'WHATSAPP_APP_SECRET is not set: webhooks are refused until it is');
    }
    if (check !== 'ok') {
      throw new HttpError(401, 'unauthorized', `X-Hub-Signature-256: ${check === 'missing' ? 'missing' : 'does not match the body'}`, [
        { field: 'X-Hub-Signature-256', message: check },
      ]);
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError(400, 'bad_request', 'body: not valid JSON', [{ field: 'body', message: 'not valid JSON' }]);
    }
    try {
      const outcome = await this.webhooks.ingest(body);
      return { status: 'ok', ...outcome };
    } catch (err) {
      if (err instanceof WebhookShapeError)
        throw new HttpError(400, 'bad_request', err.message, [{ field: 'entry', message: err.message }]);
      throw err;
    }
  }
}
