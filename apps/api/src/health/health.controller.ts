import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService } from '@app/domain';
import { Allow } from '../auth/access';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Allow('PUBLIC')
  @Get()
  async get(@Res() res: Response): Promise<void> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  }
}
