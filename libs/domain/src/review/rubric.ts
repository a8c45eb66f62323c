/** The review rubric (/shared/review-rubric.md) as text, for LLM prompts. Keep in sync with the shared file. */
export const REVIEW_RUBRIC = `# What an AI review decides

A review reads one whole conversation (customer and agent messages, oldest first) and returns a summary, a quality score and a suggested status.

## Suggested status: the first rule that matches, top to bottom
| status | when |
|---|---|
| SPAM | the customer's messages are unsolicited promotion, scams, links or gibberish, or unrelated to the business (wrong number, bots) |
| NOT_INTERESTED | the customer declines, says it is too expensive and drops it, unsubscribes, or says they bought elsewhere |
| QUOTE_REQUEST | the customer asks for a quote, an estimate, a price for their specific case, or a proposal |
| POTENTIAL_CUSTOMER | a qualified lead: the customer wants the product or service and has given the means and details to follow up (contact details, budget, dates, quantities) |
| CONTACTED | the business has already reached the customer outside the chat or booked them: a call made, a meeting or appointment fixed and confirmed |
| FOLLOW_UP | the customer asks to be contacted again later, or says they will decide later ("I'll think about it", "write me next week") |
| WAITING_RESPONSE | the agent's last message asks the customer something, and the customer has not answered |
| OPPORTUNITY | the customer shows interest in buying (asks about products, availability, how to buy) but is not yet qualified |
| INFO_ONLY | the customer only wanted information (opening hours, address, how something works, order status) with no buying intent |
| IN_PROGRESS | none of the above is clear yet: the exchange is still open-ended |

## Summary
Two or three sentences, at most 400 characters, in the conversation's main language: what the customer wanted, what the agent did, and the outcome or next step. It names the concrete subject (the product, service, date, place) when there is one. It never invents facts that are not in the messages.

## Quality score (0–100): how well the agent served the customer
Start from what the customer needed, then judge the agent's replies:
- answered what was asked, correctly and specifically (most of the weight);
- moved the conversation forward: asked for what was missing, proposed a next step, collected contact details where a sale was possible;
- tone: polite, clear, in the customer's language, not repetitive;
- failures pull hard: no reply at all (score under 20), "I don't understand" loops, ignoring a question, wrong language, replies after the customer left.
A conversation that an excellent human agent would be proud of scores 85 or more; a mediocre one 40–70; a harmful or useless one under 30. Spam conversations are scored on whether the agent stayed polite and brief.`;
