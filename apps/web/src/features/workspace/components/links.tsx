import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

/** Mantine's button and anchor as router links, typed by route (params, search) like <Link>. */
const ButtonAnchor = forwardRef<HTMLAnchorElement, ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>>(function ButtonAnchor(props, ref) {
  return <Button component="a" ref={ref} {...props} />;
});
const PlainAnchor = forwardRef<HTMLAnchorElement, AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>>(function PlainAnchor(props, ref) {
  return <Anchor component="a" ref={ref} {...props} />;
});

export const ButtonLink = createLink(ButtonAnchor);
export const AnchorLink = createLink(PlainAnchor);
