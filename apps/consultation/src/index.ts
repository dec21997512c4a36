export { type ConsultationAppOptions, createConsultationApp, MAX_BODY_BYTES } from './app.ts';
export { type ServiceConfig, serviceConfig } from './config.ts';
export { type Consultation, type ConsultationSource, consultationSource } from './consultations.ts';
export { type ContentSource, contentSource } from './content-source.ts';
export { type ConsultationServer, startConsultationServer } from './server.ts';
