/** The version of practice-elements, named in warnings (for example a tag already defined). */
export const VERSION = '0.1.0';
