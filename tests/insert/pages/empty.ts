import { setup } from './harness';

// A helpdesk page with no reply editor open.
setup({ model: () => '', editor: '#root', clickTarget: '#elsewhere' }).ready = true;
