/** Kept for the editor until it takes the limiter from `@strategi/hosting` itself. */
export { FailureLimiter } from '@strategi/hosting';
export { createReviewApp, MAX_BODY_BYTES, type ReviewAppOptions, SESSION_COOKIE } from './app.ts';
export { repositoryRoot, type ServerConfig, serverConfig } from './config.ts';
export { DEFAULT_LIMITS, type ReviewLimits } from './context.ts';
export { type ReviewServer, startReviewServer } from './server.ts';
