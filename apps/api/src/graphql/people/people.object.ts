import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { MemberRole } from '@app/domain';
import { MemberRoleEnum } from '../common/enums';
import { WorkspaceObject } from '../workspaces/workspace.object';

@ObjectType('User')
export class UserObject {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
}

@ObjectType('Member')
export class MemberObject {
  @Field(() => ID) id!: string;
  @Field(() => UserObject) user!: UserObject;
  @Field(() => MemberRoleEnum) role!: MemberRole;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('Viewer', { description: 'Who is calling: a signed-in member, or an API token (member null, role ADMIN).' })
export class ViewerObject {
  @Field(() => MemberObject, { nullable: true }) member!: MemberObject | null;
  @Field(() => WorkspaceObject) workspace!: WorkspaceObject;
  @Field(() => MemberRoleEnum) role!: MemberRole;
  @Field(() => [WorkspaceObject], { description: 'Every workspace the signed-in person belongs to (empty for an API token).' })
  workspaces!: WorkspaceObject[];
}

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => MemberRoleEnum) role!: MemberRole;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedInvitation')
export class CreatedInvitationObject {
  @Field(() => InvitationObject) invitation!: InvitationObject;
  @Field({ description: 'Shown once; only a hash is stored. Single use, valid 7 days.' }) token!: string;
  @Field({ description: 'The console page where the invited person sets a name and a password.' }) acceptUrl!: string;
}

@ObjectType('ApiToken')
export class ApiTokenObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenObject {
  @Field(() => ApiTokenObject) apiToken!: ApiTokenObject;
  @Field({ description: 'Shown once; only a hash is stored.' }) token!: string;
}
