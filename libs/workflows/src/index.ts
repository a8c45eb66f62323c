export * from './conversation.contract';
export { conversationWorkflow, messageSignal, stateQuery } from './conversation.workflow';
