import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Workspace')
export class WorkspaceObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) whatsappPhoneNumberId!: string | null;
}

@ObjectType('CreatedWorkspace')
export class CreatedWorkspaceObject {
  @Field(() => WorkspaceObject) workspace!: WorkspaceObject;
  @Field({ description: 'Shown once; only a hash is stored.' }) apiToken!: string;
}
