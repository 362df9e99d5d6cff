// Linked with every object of one library and only the libraries it names (see the
// *_link_check targets): a library that used code of a library it does not link fails here.
int main() {
    return 0;
}
