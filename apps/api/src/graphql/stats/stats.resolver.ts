import { Args, GraphQLISODateTime, Query, Resolver } from '@nestjs/graphql';
import { StatsService, type Stats, type WorkspacePrincipal } from '@app/domain';
import { Allow } from '../../auth/access';
import { Caller } from '../principal-of';
import { StatsObject } from './stats.object';

@Resolver()
export class StatsResolver {
  constructor(private readonly stats: StatsService) {}

  @Allow('AGENT')
  @Query(() => StatsObject, {
    name: 'stats',
    description:
      'Reviewed conversations whose last message falls between from and to (default: the last 30 days), counted in timeZone (IANA name).',
  })
  overview(
    @Caller() caller: WorkspacePrincipal,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true }) from: Date | null,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true }) to: Date | null,
    @Args('timeZone', { type: () => String, nullable: true, defaultValue: 'UTC' }) timeZone: string,
  ): Promise<Stats> {
    return this.stats.stats(caller.workspaceId, from, to, timeZone);
  }
}
