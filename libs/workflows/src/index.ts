export * from './conversation.contract';
export { conversationWorkflow, messageSignal, statusSignal, stateQuery } from './conversation.workflow';
