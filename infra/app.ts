// The CDK app: `npx cdk synth -c stage=dev|prod` (cdk.json runs this file through tsx).
import { buildApp } from './minzheng-app.ts';

buildApp().app.synth();
