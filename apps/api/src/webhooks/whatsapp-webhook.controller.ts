import { Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { invalidInput, WhatsappWebhookService } from '@app/domain';
import { Allow } from '../auth/access';

@Controller('webhooks/whatsapp')
export class WhatsappWebhookController {
  constructor(private readonly webhooks: WhatsappWebhookService) {}

  /** Meta's subscription check. */
  @Allow('PUBLIC')
  @Get()
  verify(
    @Query('hub.mode') mode: string | undefined,
    @Query('hub.verify_token') token: string | undefined,
    @Query('hub.challenge') challenge: string | undefined,
    @Res() res: Response,
  ): void {
    if (this.webhooks.verifyToken(mode, token)) {
      res
        .status(200)
        .type('text/plain')
        .send(challenge ?? '');
      return;
    }
    res.status(403).json({ error: { code: 'FORBIDDEN', message: 'hub.verify_token does not match WHATSAPP_VERIFY_TOKEN' } });
  }

  /** 200 only once every message in the body is stored; Meta retries anything else. The signature is the credential. */
  @Allow('PUBLIC')
  @Post()
  @HttpCode(200)
  async receive(@Req() req: Request, @Headers('x-hub-signature-256') signature: string | undefined) {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    this.webhooks.checkSignature(raw, signature);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw invalidInput('body', 'not valid JSON');
    }
    return { status: 'ok', ...(await this.webhooks.ingest(body)) };
  }
}
