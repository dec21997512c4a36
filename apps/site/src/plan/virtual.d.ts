/** The build plan, computed once by the plan integration (src/plan/integration.ts) and read by pages and libs. */
declare module 'virtual:strategi/plan' {
  const plan: import('./build-plan.ts').BuildPlan;
  export default plan;
}
