// The worker's workflowsPath: every export here is registered as a workflow type.
export { conversationWorkflow } from './conversation.workflow';
