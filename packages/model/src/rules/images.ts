import { createProblem, type Problem } from '@strategi/problems';
import { classifyImage, IMAGE_EXTENSIONS } from '../links/image.ts';
import type { LinkRule } from './context.ts';

/**
 * Every image in a body is one the site can publish: a PNG, JPEG, WebP or SVG file inside the version's folder
 * (`bilder/`, or beside the document), with a text for those who cannot see it. An image from another site is
 * refused: fetching it would tell that site who reads the page.
 */
export const bodyImagesPublishable: LinkRule = (context) =>
  context.documents.flatMap((doc) =>
    doc.images.flatMap((image): Problem[] => {
      const problems: Problem[] = [];
      const target = classifyImage(image.url, doc.path);
      if (target.type === 'remote') problems.push(createProblem('link/remote-image', { url: image.url }, doc.file, image));
      else if (target.type === 'outside') problems.push(createProblem('link/image-outside', { url: image.url }, doc.file, image));
      else if (!IMAGE_EXTENSIONS.has(target.extension)) problems.push(createProblem('file/image-type', { url: image.url }, doc.file, image));
      else if (!context.images.has(target.path)) problems.push(createProblem('file/missing-image', { url: image.url, target: target.path }, doc.file, image));
      if (image.alt.trim() === '') problems.push(createProblem('link/image-without-alt', { url: image.url }, doc.file, image));
      return problems;
    }),
  );
