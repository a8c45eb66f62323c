import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { HighlightField } from '@app/domain';
import { HighlightFieldEnum } from '../common/enums';
import { TextRangeObject } from './conversation.object';

@ObjectType('Highlight', {
  description:
    'A passage of a field that matched the search; matches are offsets into text (UTF-16 code units, as JavaScript indexes strings).',
})
export class HighlightObject {
  @Field(() => HighlightFieldEnum) field!: HighlightField;
  @Field({ description: 'The passage, cropped around the match; plain text, never markup.' }) text!: string;
  @Field(() => [TextRangeObject]) matches!: TextRangeObject[];
  @Field(() => ID, { nullable: true, description: 'Set when field is MESSAGE.' }) messageId!: string | null;
}
