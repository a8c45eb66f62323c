import { Query, Resolver } from '@nestjs/graphql';
import type { WorkspacePrincipal } from '@app/domain';
import { Allow } from '../../auth/access';
import { Caller } from '../principal-of';
import { ViewerObject } from './people.object';
import { ViewerService } from './viewer.service';

@Resolver()
export class ViewerResolver {
  constructor(private readonly viewers: ViewerService) {}

  @Allow('AGENT')
  @Query(() => ViewerObject, { description: 'Who is calling.' })
  viewer(@Caller() caller: WorkspacePrincipal): Promise<ViewerObject> {
    return this.viewers.of(caller);
  }
}
