import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  APP_CONFIG,
  ConversationExport,
  credentialKey,
  csvHeader,
  csvLine,
  CSV_BOM,
  ndjsonLine,
  parseExportQuery,
  rateLimited,
  RateLimiter,
  type AppConfig,
  type WorkspacePrincipal,
} from '@app/domain';
import { Allow } from '../auth/access';
import type { RequestWithPrincipal } from '../http/request-principal.middleware';

@Controller('v1/conversations/export')
export class ExportController {
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly exports: ConversationExport,
  ) {
    const perMinute = config.rateLimits.exportPerMinute;
    this.limiter = new RateLimiter(perMinute / 60, perMinute);
  }

  /** The list's filters as query parameters; streamed a batch at a time (constant memory at any size). */
  @Allow('AGENT')
  @Get()
  async export(
    @Req() req: RequestWithPrincipal,
    @Query() query: Record<string, string | string[] | undefined>,
    @Res() res: Response,
  ): Promise<void> {
    const caller = req.principal as WorkspacePrincipal;
    const { format, filter } = parseExportQuery(query);
    const wait = this.limiter.take(credentialKey(caller) as string);
    if (wait > 0) throw rateLimited(wait, 'Too many exports');
    const rows = this.exports.rows(caller.workspaceId, filter);
    // the first batch is read before the headers go out, so a bad filter is still a clean 400
    const first = await rows.next();
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    res.status(200);
    res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="conversations-${stamp}.${format === 'csv' ? 'csv' : 'ndjson'}"`);
    res.setHeader('cache-control', 'no-store');
    if (format === 'csv') await this.write(res, CSV_BOM + csvHeader());
    const line = format === 'csv' ? csvLine : ndjsonLine;
    for (let batch = first; !batch.done; batch = await rows.next()) {
      if (res.destroyed) return void (await rows.return(undefined));
      await this.write(res, batch.value.map(line).join(''));
    }
    res.end();
  }

  /** Waits for the client when it reads slower than we write: memory stays bounded. */
  private async write(res: Response, chunk: string): Promise<void> {
    if (!chunk || res.write(chunk)) return;
    // a client gone meanwhile never drains: 'close' ends the wait (else the export stays suspended forever)
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  }
}
